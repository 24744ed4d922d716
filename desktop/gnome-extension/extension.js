// The Fakecam Quick Settings toggle: checked while the background effect is on, the current background
// as its subtitle, and a menu to pause the camera, pick blur or a recent background, and apply the
// choice at login. What the service does comes from fakecamService.js; this file only draws it.

import GObject from 'gi://GObject';
import Gio from 'gi://Gio';

import {Extension} from 'resource:///org/gnome/shell/extensions/extension.js';
import * as Main from 'resource:///org/gnome/shell/ui/main.js';
import * as PopupMenu from 'resource:///org/gnome/shell/ui/popupMenu.js';
import * as QuickSettings from 'resource:///org/gnome/shell/ui/quickSettings.js';

import {FakecamService, describe, displayName} from './fakecamService.js';

const ICON_NAME = 'camera-web-symbolic';
const TITLE = 'Fakecam';

const FakecamToggle = GObject.registerClass(
class FakecamToggle extends QuickSettings.QuickMenuToggle {
    constructor(service) {
        super({title: TITLE, iconName: ICON_NAME, toggleMode: false});
        this._service = service;
        this._recentKey = null;
        this._syncing = false;

        this.menu.setHeader(ICON_NAME, TITLE);

        this._pauseItem = new PopupMenu.PopupSwitchMenuItem('Pause camera', false);
        this._pauseItem.connect('toggled', (item, paused) => this._onSwitched(() => service.setPaused(paused)));
        this.menu.addMenuItem(this._pauseItem);

        this.menu.addMenuItem(new PopupMenu.PopupSeparatorMenuItem('Background'));
        this._blurItem = new PopupMenu.PopupMenuItem('Blur');
        this._blurItem.connect('activate', () => this._carryOut(service.useBlur()));
        this.menu.addMenuItem(this._blurItem);
        this._recentSection = new PopupMenu.PopupMenuSection();
        this.menu.addMenuItem(this._recentSection);

        this.menu.addMenuItem(new PopupMenu.PopupSeparatorMenuItem());
        this._autostartItem = new PopupMenu.PopupSwitchMenuItem('Restore at login', false);
        this._autostartItem.connect('toggled', (item, enabled) => this._onSwitched(() => service.setAutostart(enabled)));
        this.menu.addMenuItem(this._autostartItem);

        this.connect('clicked', () => this._carryOut(service.setEffectEnabled(!this.checked)));
        this.menu.connect('open-state-changed', (menu, open) => {
            if (open)
                service.refreshUserState().catch(e => console.error(`${TITLE}: ${e.message}`));
        });
        const changedId = service.connectChanged(status => this._sync(status));
        this.connect('destroy', () => service.disconnectChanged(changedId));
        this._sync(service.status);
    }

    // Setting a switch's state emits 'toggled' too: only the user's flips are carried out.
    _onSwitched(action) {
        if (!this._syncing)
            this._carryOut(action());
    }

    _sync(status) {
        this._syncing = true;
        try {
            this._show(status);
        } finally {
            this._syncing = false;
        }
    }

    _show(status) {
        const subtitle = describe(status);
        this.set({checked: status.available && status.effectEnabled, subtitle, reactive: status.available});
        this.menu.setHeader(ICON_NAME, TITLE, subtitle);
        if (!status.available)
            this.menu.close();

        this._pauseItem.setToggleState(status.paused);
        this._blurItem.setOrnament(status.backgroundKind === 'blur'
            ? PopupMenu.Ornament.CHECK : PopupMenu.Ornament.NONE);
        this._syncRecent(status);
        this._autostartItem.setToggleState(status.autostart === true);
        this._autostartItem.setSensitive(status.autostart !== null);
    }

    _syncRecent(status) {
        const fileShown = status.backgroundKind === 'image' || status.backgroundKind === 'video';
        const current = fileShown ? status.backgroundName : null;
        const key = JSON.stringify([current, status.recent]);
        if (key === this._recentKey)
            return;
        this._recentKey = key;

        this._recentSection.removeAll();
        let marked = false;
        for (const path of status.recent) {
            const name = displayName(path);
            const item = new PopupMenu.PopupMenuItem(name);
            if (!marked && name === current) {
                item.setOrnament(PopupMenu.Ornament.CHECK);
                marked = true;
            } else {
                item.setOrnament(PopupMenu.Ornament.NONE);
            }
            item.connect('activate', () => this._carryOut(this._service.useBackground(path)));
            this._recentSection.addMenuItem(item);
        }
    }

    // Shows what went wrong, and puts the switches back to what the service really does.
    _carryOut(action) {
        action.then(result => {
            if (!result.ok)
                Main.notifyError(TITLE, result.message);
            this._sync(this._service.status);
        }).catch(e => console.error(`${TITLE}: ${e.message}`));
    }
});

const FakecamIndicator = GObject.registerClass(
class FakecamIndicator extends QuickSettings.SystemIndicator {
    constructor(service) {
        super();
        // In the top bar while an app watches the virtual camera.
        this._streamingIcon = this._addIndicator();
        this._streamingIcon.iconName = ICON_NAME;
        this.quickSettingsItems.push(new FakecamToggle(service));

        const changedId = service.connectChanged(status => this._sync(status));
        this.connect('destroy', () => service.disconnectChanged(changedId));
        this._sync(service.status);
    }

    _sync(status) {
        this._streamingIcon.visible = status.available && status.state === 'streaming';
    }
});

export default class FakecamExtension extends Extension {
    enable() {
        this._service = new FakecamService(Gio.DBus.system);
        this._indicator = new FakecamIndicator(this._service);
        Main.panel.statusArea.quickSettings.addExternalIndicator(this._indicator);
        this._service.start().catch(e => console.error(`${TITLE}: ${e.message}`));
    }

    disable() {
        this._indicator.quickSettingsItems.forEach(item => item.destroy());
        this._indicator.destroy();
        this._indicator = null;
        this._service.destroy();
        this._service = null;
    }
}
