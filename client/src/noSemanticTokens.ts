// Tells the server that VS Code will not take semantic tokens. VS Code's line renderer puts every
// token of right-to-left text in its own bidi isolate inside a left-to-right line, so a token edge
// inside a line of Arabic moves its phrases and cuts words; a setting cannot keep them out (the
// language default for editor.semanticHighlighting.enabled is not what decides it for every theme
// and user), so the capability is not offered and the server sends none. Mizan's marks come as
// overlay decorations instead (marks/decorations.ts). Other LSP clients still get the tokens.
import type { ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient/node';

export const noSemanticTokens: StaticFeature = {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    delete capabilities.textDocument?.semanticTokens;
    delete capabilities.workspace?.semanticTokens;
  },
  initialize(): void {},
  getState(): FeatureState {
    return { kind: 'static' };
  },
  clear(): void {},
};
