/**
 * The google.script.run bridge for sidebars and dialogs: a small script put at the top of a page's
 * HTML that defines google.script.run (withSuccessHandler, withFailureHandler, withUserObject and one
 * function per public server function) over POST /api/run, and google.script.host.close(). It tells
 * the parent page when a call starts (so it looks for the alerts the call may wait on) and after it
 * ends (so the grid redraws), and when the page asks to close.
 */

function bridgeSource(functionNames: readonly string[]): string {
  const names = JSON.stringify(functionNames).replace(/</g, '\\u003c');
  return `(function () {
  var names = ${names};
  function tell(kind) {
    try { window.parent.postMessage({ suki: kind }, window.location.origin); } catch (e) {}
  }
  function call(name, args, success, failure, userObject) {
    tell('running');
    fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: name, args: args })
    })
      .then(function (response) { return response.json(); })
      .then(function (reply) {
        tell('ran');
        if (reply.ok) {
          if (success) success(reply.value, userObject);
        } else {
          var error = new Error(reply.error);
          if (failure) failure(error, userObject);
          else console.error(error);
        }
      }, function (error) {
        tell('ran');
        if (failure) failure(error, userObject);
        else console.error(error);
      });
  }
  function runner(success, failure, userObject) {
    var run = {
      withSuccessHandler: function (handler) { return runner(handler, failure, userObject); },
      withFailureHandler: function (handler) { return runner(success, handler, userObject); },
      withUserObject: function (object) { return runner(success, failure, object); }
    };
    names.forEach(function (name) {
      run[name] = function () {
        call(name, Array.prototype.slice.call(arguments), success, failure, userObject);
      };
    });
    return run;
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: function () { tell('close'); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} }
    }
  };
})();`;
}

/**
 * `html` with the bridge as its first script. Only names google.script.run may call are exposed:
 * those not ending in `_`, as in Apps Script.
 */
export function withBridge(html: string, functionNames: readonly string[]): string {
  const script = `<script>${bridgeSource(functionNames.filter((name) => !name.endsWith('_')))}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return script + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + script + html.slice(at);
}
