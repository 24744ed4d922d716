// The Fakecam service as the Quick Settings menu sees it, with no user interface: the service's
// properties read from the system bus (and kept up to date from PropertiesChanged), and the user's
// actions carried out by fakecamctl, so that they are saved for the next login exactly as the command
// saves them and polkit sees the user's own process. Nothing here throws: failures become a result.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';

const BUS_NAME = 'org.fakecam.Fakecam1';
const OBJECT_PATH = '/org/fakecam/Fakecam1';
const INTERFACE = 'org.fakecam.Fakecam1';

/**
 * What the service is doing, as its D-Bus properties say, plus what fakecamctl reports for this user.
 *
 * @typedef {object} FakecamStatus
 * @property {boolean} available - the service owns its name on the bus
 * @property {string} state - idle, streaming, paused, no-camera or error
 * @property {boolean} effectEnabled
 * @property {boolean} paused
 * @property {string} backgroundKind - blur, image, video, color or none
 * @property {string} backgroundName - file name (no path) or #rrggbb
 * @property {number} blurStrength - 0.0 to 1.0
 * @property {string[]} recent - image and video files this user set, newest first, by full path
 * @property {?boolean} autostart - the saved choice is applied at login; null while unknown
 */

/**
 * @typedef {object} ActionResult
 * @property {boolean} ok
 * @property {string} message - what went wrong, as fakecamctl says it; empty when ok
 */

export class FakecamService {
    /**
     * @param {Gio.DBusConnection} connection - the system bus (tests pass a private bus)
     * @param {object} [options]
     * @param {string[]} [options.ctl] - the fakecamctl command, before its arguments
     */
    constructor(connection, {ctl = ['fakecamctl']} = {}) {
        this._connection = connection;
        this._ctl = ctl;
        this._cancellable = new Gio.Cancellable();
        this._proxy = null;
        this._proxySignals = [];
        this._listeners = new Map();
        this._nextListenerId = 1;
        this._recent = [];
        this._recentRequest = 0;
        this._autostart = null;
        this._destroyed = false;
    }

    /**
     * Starts watching the service. Resolves once the first answer is in (service there or not).
     *
     * @returns {Promise<void>}
     */
    async start() {
        try {
            this._proxy = await this._createProxy();
        } catch (e) {
            if (!this._destroyed)
                console.error(`Fakecam: cannot watch ${BUS_NAME} on the bus: ${e.message}`);
            return;
        }
        if (this._destroyed)
            return;
        this._proxySignals = [
            this._proxy.connect('g-properties-changed', () => this._emitChanged()),
            this._proxy.connect('notify::g-name-owner', () => this._onOwnerChanged()),
        ];
        this._emitChanged();
        if (this.available)
            await this.refreshUserState();
    }

    /** @returns {boolean} */
    get available() {
        return this._proxy !== null && this._proxy.g_name_owner !== null;
    }

    /** @returns {FakecamStatus} */
    get status() {
        return {
            available: this.available,
            state: this._property('State', ''),
            effectEnabled: this._property('EffectEnabled', false),
            paused: this._property('Paused', false),
            backgroundKind: this._property('BackgroundKind', ''),
            backgroundName: this._property('BackgroundName', ''),
            blurStrength: this._property('BlurStrength', 0),
            recent: [...this._recent],
            autostart: this._autostart,
        };
    }

    /**
     * Calls back after every change of the status.
     *
     * @param {function(FakecamStatus): void} callback
     * @returns {number} an id for disconnectChanged
     */
    connectChanged(callback) {
        const id = this._nextListenerId++;
        this._listeners.set(id, callback);
        return id;
    }

    /** @param {number} id - from connectChanged */
    disconnectChanged(id) {
        this._listeners.delete(id);
    }

    /**
     * @param {boolean} enabled
     * @returns {Promise<ActionResult>}
     */
    setEffectEnabled(enabled) {
        return this._runCtl([enabled ? 'enable' : 'disable']);
    }

    /**
     * @param {boolean} paused
     * @returns {Promise<ActionResult>}
     */
    setPaused(paused) {
        return this._runCtl([paused ? 'pause' : 'resume']);
    }

    /** @returns {Promise<ActionResult>} blur at the strength last used */
    useBlur() {
        return this._runCtl(['blur']);
    }

    /**
     * @param {string} path - an image or video file, by full path
     * @returns {Promise<ActionResult>}
     */
    async useBackground(path) {
        const result = await this._runCtl(['set-background', path]);
        await this.refreshRecent();
        return result;
    }

    /**
     * @param {boolean} enabled
     * @returns {Promise<ActionResult>}
     */
    async setAutostart(enabled) {
        const result = await this._runCtl(['autostart', enabled ? 'on' : 'off', '--json']);
        if (result.ok)
            this._setAutostart(parseJson(result.stdout)?.autostart);
        else
            await this.refreshAutostart();
        return result;
    }

    /**
     * Reads again what fakecamctl keeps for this user, which may have changed in a terminal: the recent
     * backgrounds and whether the choice is applied at login.
     */
    async refreshUserState() {
        await Promise.all([this.refreshRecent(), this.refreshAutostart()]);
    }

    /** Reads the recent backgrounds again (fakecamctl status --json). */
    async refreshRecent() {
        const request = ++this._recentRequest;
        const result = await this._runCtl(['status', '--json']);
        if (!result.ok || request !== this._recentRequest)
            return;
        const recent = parseJson(result.stdout)?.recent;
        if (!Array.isArray(recent))
            return;
        this._recent = recent.filter(path => typeof path === 'string');
        this._emitChanged();
    }

    /** Reads again whether the saved choice is applied at login (fakecamctl autostart status). */
    async refreshAutostart() {
        const result = await this._runCtl(['autostart', 'status', '--json']);
        this._setAutostart(result.ok ? parseJson(result.stdout)?.autostart : null);
    }

    /** Stops watching; pending fakecamctl results are dropped. */
    destroy() {
        this._destroyed = true;
        this._cancellable.cancel();
        this._listeners.clear();
        for (const id of this._proxySignals)
            this._proxy.disconnect(id);
        this._proxySignals = [];
        this._proxy = null;
    }

    _createProxy() {
        return new Promise((resolve, reject) => {
            Gio.DBusProxy.new(this._connection,
                Gio.DBusProxyFlags.DO_NOT_AUTO_START | Gio.DBusProxyFlags.GET_INVALIDATED_PROPERTIES,
                null, BUS_NAME, OBJECT_PATH, INTERFACE, this._cancellable,
                (source, result) => {
                    try {
                        resolve(Gio.DBusProxy.new_finish(result));
                    } catch (e) {
                        reject(e);
                    }
                });
        });
    }

    _property(name, fallback) {
        const value = this._proxy?.get_cached_property(name);
        return value ? value.deepUnpack() : fallback;
    }

    _onOwnerChanged() {
        this._emitChanged();
        if (this.available)
            this.refreshUserState().catch(e => console.error(`Fakecam: ${e.message}`));
    }

    _setAutostart(value) {
        this._autostart = typeof value === 'boolean' ? value : null;
        this._emitChanged();
    }

    /**
     * Runs fakecamctl with an argument vector (no shell) and collects its output.
     *
     * @param {string[]} args
     * @returns {Promise<ActionResult & {stdout: string, exitStatus: number}>}
     */
    _runCtl(args) {
        if (this._destroyed)
            return Promise.resolve(failure('Fakecam is no longer watched.'));
        const argv = [...this._ctl, ...args];
        return new Promise(resolve => {
            let process;
            try {
                process = Gio.Subprocess.new(argv,
                    Gio.SubprocessFlags.STDOUT_PIPE | Gio.SubprocessFlags.STDERR_PIPE);
            } catch (e) {
                resolve(failure(`Cannot run ${this._ctl[0]}: ${e.message}`));
                return;
            }
            process.communicate_utf8_async(null, this._cancellable, (source, result) => {
                try {
                    const [, stdout, stderr] = source.communicate_utf8_finish(result);
                    const exitStatus = source.get_exit_status();
                    resolve({
                        ok: exitStatus === 0,
                        message: exitStatus === 0 ? '' : ctlMessage(stderr, exitStatus),
                        stdout: stdout ?? '',
                        exitStatus,
                    });
                } catch (e) {
                    if (e.matches?.(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED))
                        source.force_exit();
                    resolve(failure(`${this._ctl[0]} ${args[0]} failed: ${e.message}`));
                }
            });
        });
    }

    _emitChanged() {
        if (this._destroyed)
            return;
        const status = this.status;
        for (const callback of [...this._listeners.values()]) {
            try {
                callback(status);
            } catch (e) {
                console.error(`Fakecam: a status listener failed: ${e.message}`);
            }
        }
    }
}

/**
 * The one-line summary the Quick Settings toggle shows under its title.
 *
 * @param {FakecamStatus} status
 * @returns {string}
 */
export function describe(status) {
    if (!status.available)
        return 'Not running';
    if (status.state === 'error')
        return 'Error: see journalctl -u fakecamd';
    if (status.paused)
        return 'Camera paused';
    if (status.state === 'no-camera')
        return 'No camera';
    if (!status.effectEnabled)
        return 'Effect off';
    switch (status.backgroundKind) {
    case 'blur':
        return `Blur ${Math.round(status.blurStrength * 100)} %`;
    case 'image':
    case 'video':
        return status.backgroundName;
    case 'color':
        return `Colour ${status.backgroundName}`;
    case 'none':
        return 'No background';
    default:
        return status.backgroundKind;
    }
}

/**
 * The file name of a recent background, for a menu item.
 *
 * @param {string} path
 * @returns {string}
 */
export function displayName(path) {
    return GLib.path_get_basename(path);
}

function failure(message) {
    return {ok: false, message, stdout: '', exitStatus: -1};
}

function ctlMessage(stderr, exitStatus) {
    const text = (stderr ?? '').trim().replace(/^fakecamctl: /, '');
    return text.length > 0 ? text : `fakecamctl exited with status ${exitStatus}`;
}

function parseJson(text) {
    try {
        return JSON.parse(text);
    } catch {
        return null;
    }
}
