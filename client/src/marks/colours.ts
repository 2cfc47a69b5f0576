// The theme colours of the text editor's marks: one border colour and one fill per entity type of
// the table, one for claim cues and one for speakers. package.json contributes exactly what
// manifestColours() gives (a unit test holds it to this), so themes can restyle each mark.
import { ENTITY_TYPE_TABLE, type EntityTypeInfo } from '../../../server/src/core/entityTypes';

export interface ColourContribution { id: string; description: string; defaults: { light: string; dark: string; highContrast: string; highContrastLight: string } }

const CUE = { light: '#bf3989', dark: '#f778ba' };
const SPEAKER = { light: '#9a6700', dark: '#e3b341' };

/** The colour id of a mark's border (`mizan.entityPerson`) and of its fill when accepted. */
export const borderColourId = (token: string) => `mizan.${token}`;
export const fillColourId = (token: string) => `mizan.${token}Background`;
export const CUE_COLOUR = 'mizan.claimCue';
export const SPEAKER_COLOUR = 'mizan.claimSpeaker';

// High-contrast themes get the plain colours and no fill: there, the border style tells the status.
const border = (id: string, description: string, c: { light: string; dark: string }): ColourContribution => ({
  id, description, defaults: { light: c.light, dark: c.dark, highContrast: c.dark, highContrastLight: c.light },
});
const fill = (id: string, description: string, c: { light: string; dark: string }): ColourContribution => ({
  id, description, defaults: { light: `${c.light}24`, dark: `${c.dark}2e`, highContrast: '#00000000', highContrastLight: '#00000000' },
});

export function manifestColours(table: readonly EntityTypeInfo[] = ENTITY_TYPE_TABLE): ColourContribution[] {
  return [
    ...table.flatMap((t) => [
      border(borderColourId(t.token), `Mizan: the line under a mention of a ${t.name.toLowerCase()} (${t.id}); dashed while suggested, solid once accepted.`, t.colour),
      fill(fillColourId(t.token), `Mizan: the fill behind an accepted mention of a ${t.name.toLowerCase()} (${t.id}).`, t.colour),
    ]),
    border(CUE_COLOUR, 'Mizan: the box around the reporting word of a claim (قال، أكد).', CUE),
    border(SPEAKER_COLOUR, 'Mizan: the line over the speaker of a claim.', SPEAKER),
  ];
}
