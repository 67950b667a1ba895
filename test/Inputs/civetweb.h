/* Hermetic stub for lit tests. Mirrors names/signatures of civetweb 1.15
 * <civetweb.h> (Debian libcivetweb-dev); not the real implementation.
 * Declarations only (nothing links).
 *
 * Lifetime notes (from the real documentation): the mg_connection and the
 * mg_request_info returned by mg_get_request_info() (and every char* in it)
 * are owned by the library and are only valid while the request handler is
 * running. */
#ifndef CIVETWEB_HEADER_INCLUDED
#define CIVETWEB_HEADER_INCLUDED

#define CIVETWEB_VERSION "1.15"
#define CIVETWEB_VERSION_MAJOR (1)
#define CIVETWEB_VERSION_MINOR (15)
#define CIVETWEB_VERSION_PATCH (0)

#ifndef CIVETWEB_API
#define CIVETWEB_API
#endif

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

CIVETWEB_API unsigned mg_init_library(unsigned features);
CIVETWEB_API unsigned mg_exit_library(void);

struct mg_context;    /* Handle for the HTTP service itself */
struct mg_connection; /* Handle for the individual connection */

#define MG_MAX_HEADERS (64)

struct mg_header {
	const char *name;  /* HTTP header name */
	const char *value; /* HTTP header value */
};

struct mg_client_cert {
	void *peer_cert;
	const char *subject;
	const char *issuer;
	const char *serial;
	const char *finger;
};

/* This structure contains information about the HTTP request. */
struct mg_request_info {
	const char *request_method; /* "GET", "POST", etc */
	const char *request_uri;    /* URL-decoded URI (absolute or relative) */
	const char *local_uri_raw;  /* URL-decoded URI (relative) */
	const char *local_uri;      /* Same as local_uri_raw, but cleaned */
	const char *http_version;   /* E.g. "1.0", "1.1" */
	const char *query_string;   /* URL part after '?', or NULL */
	const char *remote_user;    /* Authenticated user, or NULL */
	char remote_addr[48];       /* Client's IP address as a string. */

	long long content_length; /* Length of the request body, or -1 */
	int remote_port;          /* Port at client side */
	int server_port;          /* Port at server side */
	int is_ssl;               /* 1 if HTTPS or WS is used */
	void *user_data;          /* User data pointer passed to mg_start() */
	void *conn_data;          /* Connection-specific user data */

	int num_headers; /* Number of HTTP headers */
	struct mg_header
	    http_headers[MG_MAX_HEADERS]; /* Allocate maximum headers */

	struct mg_client_cert *client_cert; /* Client certificate information */

	const char *acceptedWebSocketSubprotocol; /* websocket subprotocol */
};

/* This structure contains information about the HTTP response. */
struct mg_response_info {
	int status_code;          /* E.g. 200 */
	const char *status_text;  /* E.g. "OK" */
	const char *http_version; /* E.g. "1.0", "1.1" */

	long long content_length;

	int num_headers;
	struct mg_header http_headers[MG_MAX_HEADERS];
};

struct mg_callbacks {
	int (*begin_request)(struct mg_connection *);
	void (*end_request)(const struct mg_connection *, int reply_status_code);
	int (*log_message)(const struct mg_connection *, const char *message);
	int (*log_access)(const struct mg_connection *, const char *message);
	int (*init_ssl)(void *ssl_ctx, void *user_data);
	int (*init_ssl_domain)(const char *server_domain,
	                       void *ssl_ctx,
	                       void *user_data);
	int (*external_ssl_ctx)(void **ssl_ctx, void *user_data);
	int (*external_ssl_ctx_domain)(const char *server_domain,
	                               void **ssl_ctx,
	                               void *user_data);
	void (*connection_close)(const struct mg_connection *);
	void (*connection_closed)(const struct mg_connection *);
	void (*init_lua)(const struct mg_connection *conn,
	                 void *lua_context,
	                 unsigned context_flags);
	void (*exit_lua)(const struct mg_connection *conn,
	                 void *lua_context,
	                 unsigned context_flags);
	int (*http_error)(struct mg_connection *conn,
	                  int status,
	                  const char *errmsg);
	void (*init_context)(const struct mg_context *ctx);
	void (*exit_context)(const struct mg_context *ctx);
	void *(*init_thread)(const struct mg_context *ctx, int thread_type);
	void (*exit_thread)(const struct mg_context *ctx,
	                    int thread_type,
	                    void *thread_pointer);
	int (*init_connection)(const struct mg_connection *conn, void **conn_data);
};

CIVETWEB_API struct mg_context *mg_start(const struct mg_callbacks *callbacks,
                                         void *user_data,
                                         const char **configuration_options);
CIVETWEB_API void mg_stop(struct mg_context *);

/* mg_request_handler: called on a civetweb worker thread. `conn` is only
   valid until the handler returns. */
typedef int (*mg_request_handler)(struct mg_connection *conn, void *cbdata);

CIVETWEB_API void mg_set_request_handler(struct mg_context *ctx,
                                         const char *uri,
                                         mg_request_handler handler,
                                         void *cbdata);

typedef int (*mg_websocket_connect_handler)(const struct mg_connection *,
                                            void *);
typedef void (*mg_websocket_ready_handler)(struct mg_connection *, void *);
typedef int (*mg_websocket_data_handler)(struct mg_connection *,
                                         int,
                                         char *,
                                         size_t,
                                         void *);
typedef void (*mg_websocket_close_handler)(const struct mg_connection *,
                                           void *);

CIVETWEB_API void
mg_set_websocket_handler(struct mg_context *ctx,
                         const char *uri,
                         mg_websocket_connect_handler connect_handler,
                         mg_websocket_ready_handler ready_handler,
                         mg_websocket_data_handler data_handler,
                         mg_websocket_close_handler close_handler,
                         void *cbdata);

typedef int (*mg_authorization_handler)(struct mg_connection *conn,
                                        void *cbdata);
CIVETWEB_API void mg_set_auth_handler(struct mg_context *ctx,
                                      const char *uri,
                                      mg_authorization_handler handler,
                                      void *cbdata);

CIVETWEB_API const char *mg_get_option(const struct mg_context *ctx,
                                       const char *name);
CIVETWEB_API struct mg_context *
mg_get_context(const struct mg_connection *conn);
CIVETWEB_API void *mg_get_user_data(const struct mg_context *ctx);
CIVETWEB_API void *mg_get_user_context_data(const struct mg_connection *conn);
CIVETWEB_API void *mg_get_thread_pointer(const struct mg_connection *conn);
CIVETWEB_API void mg_set_user_connection_data(const struct mg_connection *conn,
                                              void *data);
CIVETWEB_API void *
mg_get_user_connection_data(const struct mg_connection *conn);

CIVETWEB_API int
mg_get_request_link(const struct mg_connection *conn, char *buf, size_t buflen);

struct mg_server_port {
	int protocol;    /* 1 = IPv4, 2 = IPv6, 3 = both */
	int port;        /* port number */
	int is_ssl;      /* https port: 0 = no, 1 = yes */
	int is_redirect; /* redirect all requests: 0 = no, 1 = yes */
	int _reserved1;
	int _reserved2;
	int _reserved3;
	int _reserved4;
};
#define mg_server_ports mg_server_port

CIVETWEB_API int mg_get_server_ports(const struct mg_context *ctx,
                                     int size,
                                     struct mg_server_port *ports);

/* Returns a pointer into library-owned, per-request storage. */
CIVETWEB_API const struct mg_request_info *
mg_get_request_info(const struct mg_connection *);
CIVETWEB_API const struct mg_response_info *
mg_get_response_info(const struct mg_connection *);

CIVETWEB_API int mg_write(struct mg_connection *, const void *buf, size_t len);

CIVETWEB_API int mg_websocket_write(struct mg_connection *conn,
                                    int opcode,
                                    const char *data,
                                    size_t data_len);
CIVETWEB_API void mg_lock_connection(struct mg_connection *conn);
CIVETWEB_API void mg_unlock_connection(struct mg_connection *conn);
CIVETWEB_API void mg_lock_context(struct mg_context *ctx);
CIVETWEB_API void mg_unlock_context(struct mg_context *ctx);

enum {
	MG_WEBSOCKET_OPCODE_CONTINUATION = 0x0,
	MG_WEBSOCKET_OPCODE_TEXT = 0x1,
	MG_WEBSOCKET_OPCODE_BINARY = 0x2,
	MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE = 0x8,
	MG_WEBSOCKET_OPCODE_PING = 0x9,
	MG_WEBSOCKET_OPCODE_PONG = 0xa
};

CIVETWEB_API int mg_printf(struct mg_connection *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
CIVETWEB_API int mg_send_chunk(struct mg_connection *conn,
                               const char *chunk,
                               unsigned int chunk_len);
CIVETWEB_API void mg_send_file(struct mg_connection *conn, const char *path);
CIVETWEB_API int mg_send_file_body(struct mg_connection *conn,
                                   const char *path);
CIVETWEB_API int mg_send_http_error(struct mg_connection *conn,
                                    int status_code,
                                    const char *fmt,
                                    ...) __attribute__((format(printf, 3, 4)));
CIVETWEB_API int mg_send_http_ok(struct mg_connection *conn,
                                 const char *mime_type,
                                 long long content_length);
CIVETWEB_API int mg_send_http_redirect(struct mg_connection *conn,
                                       const char *target_url,
                                       int redirect_code);
CIVETWEB_API int mg_send_digest_access_authentication_request(
    struct mg_connection *conn,
    const char *realm);
CIVETWEB_API void mg_send_mime_file(struct mg_connection *conn,
                                    const char *path,
                                    const char *mime_type);
CIVETWEB_API void mg_send_mime_file2(struct mg_connection *conn,
                                     const char *path,
                                     const char *mime_type,
                                     const char *additional_headers);

CIVETWEB_API int mg_read(struct mg_connection *, void *buf, size_t len);

/* Returns a pointer into the connection's request headers (valid only while
   the request is being handled), or NULL. */
CIVETWEB_API const char *mg_get_header(const struct mg_connection *,
                                       const char *name);

CIVETWEB_API int mg_get_var(const char *data,
                            size_t data_len,
                            const char *var_name,
                            char *dst,
                            size_t dst_len);
CIVETWEB_API int mg_get_var2(const char *data,
                             size_t data_len,
                             const char *var_name,
                             char *dst,
                             size_t dst_len,
                             size_t occurrence);
CIVETWEB_API int mg_get_cookie(const char *cookie,
                               const char *var_name,
                               char *buf,
                               size_t buf_len);

CIVETWEB_API struct mg_connection *
mg_download(const char *host,
            int port,
            int use_ssl,
            char *error_buffer,
            size_t error_buffer_size,
            const char *request_fmt,
            ...);
CIVETWEB_API void mg_close_connection(struct mg_connection *conn);

typedef void *(*mg_thread_func_t)(void *);
CIVETWEB_API int mg_start_thread(mg_thread_func_t f, void *p);

CIVETWEB_API const char *mg_get_builtin_mime_type(const char *file_name);
CIVETWEB_API const char *mg_get_response_code_text(
    const struct mg_connection *conn,
    int response_code);
CIVETWEB_API const char *mg_version(void);
CIVETWEB_API int mg_url_decode(const char *src,
                               int src_len,
                               char *dst,
                               int dst_len,
                               int is_form_url_encoded);
CIVETWEB_API int mg_url_encode(const char *src, char *dst, size_t dst_len);
CIVETWEB_API char *mg_md5(char buf[33], ...);

CIVETWEB_API int mg_response_header_start(struct mg_connection *conn,
                                          int status);
CIVETWEB_API int mg_response_header_add(struct mg_connection *conn,
                                        const char *header,
                                        const char *value,
                                        int value_len);
CIVETWEB_API int mg_response_header_add_lines(struct mg_connection *conn,
                                              const char *http1_headers);
CIVETWEB_API int mg_response_header_send(struct mg_connection *conn);

#ifdef __cplusplus
}
#endif /* __cplusplus */

#endif /* CIVETWEB_HEADER_INCLUDED */
