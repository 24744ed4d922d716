// Runs the GNOME Shell extension's service module outside the shell for the tests:
//   gjs -m probe.js BUS_ADDRESS FAKECAMCTL...
// It prints one JSON object per line on stdout: {"event":"status",...} after every change the module
// reports, {"event":"result",...} after every command. Commands come on stdin, one JSON array per line:
// the method name and its arguments, e.g. ["setEffectEnabled", false].

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';
import {FakecamService, describe} from '../../../desktop/gnome-extension/fakecamService.js';

const [address, ...ctl] = System.programArgs;
const loop = new GLib.MainLoop(null, false);

function send(object) {
    print(JSON.stringify(object));
}

async function runCommand(service, line) {
    const [method, ...args] = JSON.parse(line);
    if (method === 'quit') {
        service.destroy();
        loop.quit();
        return;
    }
    const result = await service[method](...args);
    send({event: 'result', method, ok: result?.ok ?? true, message: result?.message ?? ''});
}

function readCommands(service, input) {
    input.read_line_async(GLib.PRIORITY_DEFAULT, null, (stream, result) => {
        const [line] = stream.read_line_finish_utf8(result);
        if (line === null) {
            loop.quit();
            return;
        }
        runCommand(service, line)
            .catch(e => send({event: 'thrown', message: `${e}`}))
            .finally(() => readCommands(service, input));
    });
}

const connection = Gio.DBusConnection.new_for_address_sync(address,
    Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, null, null);
const service = new FakecamService(connection, {ctl});
service.connectChanged(status => send({event: 'status', ...status, subtitle: describe(status)}));
service.start()
    .then(() => {
        send({event: 'started', ...service.status, subtitle: describe(service.status)});
        readCommands(service, new Gio.DataInputStream({
            base_stream: new Gio.UnixInputStream({fd: 0, close_fd: false}),
        }));
    })
    .catch(e => send({event: 'thrown', message: `${e}`}));
loop.run();
