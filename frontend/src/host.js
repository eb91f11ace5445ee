// Talks to the TensorBoard page that hosts our iframe, with the same message
// protocol as TensorBoard's own plugin library (tensorboard/components/
// experimental/plugin_lib): post "experimental.bootstrap" with a MessagePort,
// then JSON messages {type, id, payload, error, isReply} both ways.
// The host broadcasts "experimental.DataReloaded" when its reload button (or
// the auto-reload timer) reloads, and answers "experimental.GetURLPluginData"
// with the `p.<plugin>.<key>` entries of its URL hash.

const PLUGIN = "tb_nanwatch";

export class Host {
  constructor() {
    this.port = null;
    this.nextId = 1;
    this.waits = new Map();
    this.listeners = new Map();
    if (window.parent && window.parent !== window) {
      try {
        const ch = new MessageChannel();
        this.port = ch.port1;
        this.port.addEventListener("message", (e) => this._onMessage(e));
        this.port.start();
        window.parent.postMessage("experimental.bootstrap", "*", [ch.port2]);
      } catch (_) {
        this.port = null;
      }
    }
  }

  get connected() {
    return this.port !== null;
  }

  on(type, fn) {
    this.listeners.set(type, fn);
  }

  _post(msg) {
    if (this.port) this.port.postMessage(JSON.stringify(msg));
  }

  async _onMessage(e) {
    let msg;
    try {
      msg = JSON.parse(e.data);
    } catch (_) {
      return;
    }
    if (msg.isReply) {
      const w = this.waits.get(msg.id);
      if (!w) return;
      this.waits.delete(msg.id);
      if (msg.error) w.reject(new Error(String(msg.error)));
      else w.resolve(msg.payload);
      return;
    }
    let payload = null;
    let error = null;
    const fn = this.listeners.get(msg.type);
    if (fn) {
      try {
        payload = (await fn(msg.payload)) ?? null;
      } catch (err) {
        error = String(err);
      }
    }
    this._post({ type: msg.type, id: msg.id, payload, error, isReply: true });
  }

  request(type, payload, timeoutMs = 1500) {
    if (!this.port) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(id);
        resolve(null);
      }, timeoutMs);
      this.waits.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: () => {
          clearTimeout(timer);
          resolve(null);
        },
      });
      this._post({ type, id, payload, error: null, isReply: false });
    });
  }

  // {key: value} from the parent URL hash entries `p.tb_nanwatch.<key>=<value>`.
  urlData() {
    return this.request("experimental.GetURLPluginData", { pluginName: PLUGIN });
  }
}

// Reads `p.tb_nanwatch.<key>` entries of the TensorBoard page's URL hash
// directly (the iframe is same-origin). TensorBoard's GetURLPluginData answers
// from a copy of the hash taken at start-up, which can be stale.
export function readParentHash() {
  try {
    if (!window.parent || window.parent === window) return null;
    const hash = window.parent.location.hash.replace(/^#/, "");
    const out = {};
    const prefix = `p.${PLUGIN}.`;
    for (const part of hash.split("&")) {
      const i = part.indexOf("=");
      if (i < 0) continue;
      const k = decodeURIComponent(part.slice(0, i));
      if (k.startsWith(prefix)) out[k.slice(prefix.length)] = decodeURIComponent(part.slice(i + 1));
    }
    return out;
  } catch (_) {
    return null;
  }
}

// Mirrors our state into the TensorBoard page's URL hash as
// `p.tb_nanwatch.<key>=<value>` (the form GetURLPluginData reads back), so the
// address bar of the TensorBoard tab can be copied and shared. `push` adds a
// history entry (a change of run, so that back returns to it); otherwise the
// entry is replaced. Neither fires a navigation event in TensorBoard's router.
export function writeParentHash(state, push = false) {
  let parent;
  try {
    parent = window.parent;
    if (!parent || parent === window) return;
    const loc = parent.location; // throws when cross-origin
    const hash = loc.hash.replace(/^#/, "");
    const parts = hash ? hash.split("&") : [];
    const kept = parts.filter((p) => !p.startsWith(`p.${PLUGIN}.`) && !p.startsWith(encodeURIComponent(`p.${PLUGIN}.`)));
    if (!kept.length || kept[0].includes("=")) kept.unshift(PLUGIN);
    for (const [k, v] of Object.entries(state)) {
      if (v === null || v === undefined || v === "") continue;
      kept.push(`${encodeURIComponent(`p.${PLUGIN}.${k}`)}=${encodeURIComponent(String(v))}`);
    }
    const u = new URL(loc.href);
    u.hash = kept.join("&");
    if (u.href === loc.href) return;
    if (push) parent.history.pushState(parent.history.state, "", u.href);
    else parent.history.replaceState(parent.history.state, "", u.href);
  } catch (_) {
    /* cross-origin or sandboxed parent: the iframe's own hash still holds the state */
  }
}
