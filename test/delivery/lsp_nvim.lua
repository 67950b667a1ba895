-- Neovim's built-in LSP client against ctxlife-clangd, as a user's editor
-- runs it (test/delivery/clangd-nvim.test). Headless:
--   CTXLIFE_CLANGD=... LSP_FILE=<file with a planted misuse> LSP_LINE=<0-based line>
--   LSP_COPY=<the line, fixed by hand> LSP_OUT=<report> LSP_FIXED=<fixed file>
--   nvim --headless -u NONE -i NONE -n -c 'luafile lsp_nvim.lua'
-- 1. opens the file and waits for ctxlife's diagnostic (check name, notes as
--    relatedInformation);
-- 2. edits the line to a copy as a user would type it: the diagnostic clears;
-- 3. undoes the edit: the diagnostic is back; asks for code actions on it and
--    applies the quick fix; writes the buffer to LSP_FIXED (compiled by the test).
-- Every step writes what it saw to LSP_OUT; any failure quits with exit code 1.
-- Written for Neovim 0.7 (Debian 12), whose API lacks vim.lsp.start.

local env = function(name)
  local v = os.getenv(name)
  if not v or v == '' then
    error('missing environment variable ' .. name)
  end
  return v
end

local out = assert(io.open(env('LSP_OUT'), 'w'))
local function say(fmt, ...)
  out:write(string.format(fmt, ...) .. '\n')
  out:flush()
end

local publishes = {} -- every textDocument/publishDiagnostics, in order
local function ctxlife_diags(result)
  local found = {}
  for _, d in ipairs(result and result.diagnostics or {}) do
    if type(d.code) == 'string' and d.code:match('^ctxlife%-') then
      table.insert(found, d)
    end
  end
  return found
end

local function wait_for(what, predicate)
  if not vim.wait(120000, predicate, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function run()
  local file = env('LSP_FILE')
  local line = tonumber(env('LSP_LINE'))
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local client_id = vim.lsp.start_client({
    name = 'ctxlife-clangd',
    cmd = { env('CTXLIFE_CLANGD') },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        table.insert(publishes, result)
        return default_publish(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'ctxlife-clangd did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. The diagnostic, as published and as Neovim shows it.
  wait_for('ctxlife diagnostics', function()
    return #publishes > 0 and #ctxlife_diags(publishes[#publishes]) > 0
  end)
  local diag = ctxlife_diags(publishes[#publishes])[1]
  say('diagnostic %d:%d source=%s code=%s severity=%d: %s', diag.range.start.line + 1,
    diag.range.start.character + 1, tostring(diag.source), diag.code, diag.severity, diag.message)
  for _, info in ipairs(diag.relatedInformation or {}) do
    say('related %d:%d: %s', info.location.range.start.line + 1,
      info.location.range.start.character + 1, info.message)
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == diag.code then
      say('shown %d: %s', d.lnum + 1, d.message)
    end
  end

  -- 2. The line edited to a copy: the diagnostic clears.
  local before = #publishes
  local original = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
  vim.api.nvim_buf_set_lines(bufnr, line, line + 1, false, { env('LSP_COPY') })
  wait_for('diagnostics after the edit', function()
    return #publishes > before and #ctxlife_diags(publishes[#publishes]) == 0
  end)
  say('after edit: %d ctxlife diagnostics', #ctxlife_diags(publishes[#publishes]))

  -- 3. Back to the misuse; the fix-it as a code action.
  before = #publishes
  vim.api.nvim_buf_set_lines(bufnr, line, line + 1, false, { original })
  wait_for('the diagnostic to come back', function()
    return #publishes > before and #ctxlife_diags(publishes[#publishes]) > 0
  end)
  diag = ctxlife_diags(publishes[#publishes])[1]
  say('back: %s', diag.code)
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = diag.range,
    context = { diagnostics = { diag } },
  }, 60000, bufnr)
  assert(response and not response.err, 'codeAction failed: ' .. vim.inspect(response))
  local quickfix
  for _, action in ipairs(response.result or {}) do
    say('action kind=%s: %s', tostring(action.kind), action.title)
    if action.kind == 'quickfix' and action.edit and not quickfix then
      quickfix = action
    end
  end
  assert(quickfix, 'no quick fix offered')
  vim.lsp.util.apply_workspace_edit(quickfix.edit, client.offset_encoding)
  say('fixed line: %s', vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1])
  vim.fn.writefile(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), env('LSP_FIXED'))
  vim.lsp.stop_client(client_id)
  wait_for('ctxlife-clangd to exit', function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end)
  say('done')
end

local ok, err = pcall(run)
if not ok then
  say('FAILED: %s', tostring(err))
  out:close()
  vim.cmd('cquit 1')
end
out:close()
vim.cmd('qall!')
