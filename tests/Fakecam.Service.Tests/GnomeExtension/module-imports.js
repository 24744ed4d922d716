// Parses JavaScript files as ES modules, the way gnome-shell loads an extension, without running them:
//   gjs -m module-imports.js FILE...
// Prints one JSON object per file: its static imports, and whether it uses import() or the legacy
// imports object. A syntax error ends the script with a non-zero status and the error on stderr.

import GLib from 'gi://GLib';
import System from 'system';

function visit(node, found) {
    if (node === null || typeof node !== 'object')
        return;
    if (Array.isArray(node)) {
        node.forEach(child => visit(child, found));
        return;
    }
    if (node.type === 'ImportDeclaration')
        found.imports.push((node.moduleRequest ?? node).source.value);
    else if (node.type === 'CallImport')
        found.dynamicImport = true;
    else if (node.type === 'Identifier' && node.name === 'imports')
        found.legacyImports = true;
    for (const [key, child] of Object.entries(node)) {
        if (key !== 'loc')
            visit(child, found);
    }
}

const decoder = new TextDecoder();
for (const file of System.programArgs) {
    const [, contents] = GLib.file_get_contents(file);
    const ast = Reflect.parse(decoder.decode(contents), {target: 'module', source: file});
    const found = {file, imports: [], dynamicImport: false, legacyImports: false};
    visit(ast, found);
    print(JSON.stringify(found));
}
