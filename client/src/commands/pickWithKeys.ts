// A quick pick that closes on one keystroke: the item's number or key (see keyChoice.ts). Typing
// anything else filters as usual, and Enter accepts the highlighted item.
import * as vscode from 'vscode';
import { choiceForInput, keyHint } from './keyChoice';

export interface KeyedPickItem {
  id: string;
  label: string;
  description?: string;
  key?: string;
}

interface Item extends vscode.QuickPickItem {
  source: KeyedPickItem;
}

export function pickWithKeys(items: readonly KeyedPickItem[], title: string, placeholder: string, activeId?: string): Promise<KeyedPickItem | undefined> {
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = title;
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  pick.items = items.map((source, index) => ({
    label: source.label,
    description: [source.description, `(${keyHint(index, source.key)})`].filter(Boolean).join('  '),
    source,
  }));
  const active = pick.items.find((i) => i.source.id === activeId);
  if (active) pick.activeItems = [active];
  return new Promise((resolve) => {
    let done = false;
    const finish = (item: KeyedPickItem | undefined) => {
      if (done) return;
      done = true;
      resolve(item);
      pick.hide();
    };
    pick.onDidChangeValue((value) => {
      const chosen = choiceForInput(value, items);
      if (chosen) finish(chosen);
    });
    pick.onDidAccept(() => finish(pick.activeItems[0]?.source));
    pick.onDidHide(() => {
      finish(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
