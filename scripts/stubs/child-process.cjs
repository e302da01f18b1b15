// Commander requires child_process at load time for stand-alone executable subcommands,
// which strategy does not use; loading it costs several milliseconds on every run. This
// stand-in loads the real module only if something asks for it.
'use strict';
let real;
module.exports = new Proxy({}, {
  get(_, name) {
    real ??= require('node:child_process');
    return real[name];
  },
});
