import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands } from '../../client/src/commands/commandIds';
import { DEFAULT_FONT_FAMILY, DEFAULT_STANCES, FONT_SIZE, LINE_HEIGHT, OPEN_ARTICLES_IN } from '../../server/src/settings';
import { REPO } from '../support/samples';
import { ENTITY_TYPE_TABLE } from '../../server/src/core/entityTypes';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
const pkg = read('package.json');
const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

function clientSources(dir = path.join(REPO, 'client', 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? clientSources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Every message passed to vscode.l10n.t or a pure module's t, as written in the source (the client's and the shared settings'). */
function runtimeMessages(): string[] {
  const re = /\bt\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
  const found = [...clientSources(), path.join(REPO, 'server', 'src', 'settings.ts')].flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(re)].map((m) => (m[1] ?? m[2]).replace(/\\(.)/g, '$1')));
  // The entity type pick reads its descriptions from the table: l10n.t(row.pick).
  // The Annotations view names each type's group from the table too: l10n.t(row.group).
  return [...new Set([...found, ...ENTITY_TYPE_TABLE.flatMap((t) => [t.pick, t.group])])];
}

const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

describe('the manifest declares the client commands', () => {
  for (const id of Object.values(Commands)) {
    it(id, () => {
      const c = pkg.contributes.commands.find((x: { command: string }) => x.command === id);
      assert.ok(c, `${id} is not in contributes.commands`);
      assert.strictEqual(c.category, '%command.category%');
      assert.match(c.title, /^%command\.\w+%$/);
    });
  }

  it('keybindings, menus and palette entries name declared commands only', () => {
    const menuEntries = Object.values(pkg.contributes.menus).flat() as { command?: string }[];
    for (const ref of [...pkg.contributes.keybindings, ...menuEntries]) {
      if (ref.command) assert.ok(contributed.includes(ref.command), `${ref.command} is not declared`);
    }
  });

  it('keybindings act only in Mizan editors and never share a key', () => {
    const keys = pkg.contributes.keybindings.map((k: { key: string; when: string }) => {
      assert.match(k.when, /editorLangId == mizan/);
      return k.key;
    });
    assert.deepStrictEqual(
      keys.filter((k: string, i: number) => keys.indexOf(k) !== i),
      [],
    );
  });

  it('the default stance labels are the protocol defaults', () => {
    assert.deepStrictEqual(pkg.contributes.configuration.properties['mizan.stance.labels'].default, DEFAULT_STANCES);
  });

  // What VS Code's settings editor offers and what settings.ts falls back to must be the same values.
  const declared: [string, Record<string, unknown>][] = [
    ['mizan.openArticlesIn', { type: 'string', enum: [...OPEN_ARTICLES_IN], default: OPEN_ARTICLES_IN[0] }],
    ['mizan.annotationView.fontFamily', { type: 'string', default: DEFAULT_FONT_FAMILY }],
    ['mizan.annotationView.fontSize', { type: 'number', ...FONT_SIZE }],
    ['mizan.annotationView.lineHeight', { type: 'number', ...LINE_HEIGHT }],
  ];
  for (const [name, want] of declared) {
    it(`${name} is declared with the type, values and default of settings.ts`, () => {
      const property = pkg.contributes.configuration.properties[name] as Record<string, unknown>;
      assert.ok(property, `${name} is not in contributes.configuration`);
      assert.deepStrictEqual(Object.fromEntries(Object.keys(want).map((k) => [k, property[k]])), want);
    });
  }

  it('untrusted workspaces get limited support', () => assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, 'limited'));
});

describe('English and Arabic text for the UI', () => {
  const nls: [string, Record<string, string>][] = [
    ['package.nls.json', read('package.nls.json')],
    ['package.nls.ar.json', read('package.nls.ar.json')],
  ];
  const manifestKeys = [...new Set([...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]))];

  for (const [file, table] of nls) {
    it(`${file} names every %key% of package.json`, () => {
      assert.deepStrictEqual(
        manifestKeys.filter((k) => !table[k]),
        [],
      );
    });
  }

  const messages = runtimeMessages();
  it('the client has runtime messages to check', () => assert.ok(messages.length > 30, `${messages.length}`));

  const bundles: [string, Record<string, string>][] = [
    ['bundle.l10n.json', read('l10n/bundle.l10n.json')],
    ['bundle.l10n.ar.json', read('l10n/bundle.l10n.ar.json')],
  ];
  for (const [file, bundle] of bundles) {
    it(`l10n/${file} translates every runtime message with the same placeholders`, () => {
      assert.deepStrictEqual(
        messages.filter((m) => !bundle[m]),
        [],
      );
      for (const m of messages) assert.deepStrictEqual(placeholders(bundle[m]), placeholders(m), m);
    });
  }

  it('the Arabic bundle is Arabic', () => {
    const ar = read('l10n/bundle.l10n.ar.json') as Record<string, string>;
    for (const m of messages) assert.match(ar[m], /[\u0600-\u06FF]/, m);
  });
});
