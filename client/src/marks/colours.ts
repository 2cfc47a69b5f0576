// The theme colours of the text editor's marks: one border colour and one fill per entity type of
// the table, one for claim cues and one for speakers, and a tint per claim stance. package.json contributes exactly what
// manifestColours() gives (a unit test holds it to this), so themes can restyle each mark.
import { ENTITY_TYPE_TABLE, type EntityTypeInfo } from '../../../server/src/core/entityTypes';

export interface ColourContribution {
  id: string;
  description: string;
  defaults: { light: string; dark: string; highContrast: string; highContrastLight: string };
}

const CUE = { light: '#bf3989', dark: '#f778ba' };
const SPEAKER = { light: '#9a6700', dark: '#e3b341' };

/** The colour id of a mark's border (`mizan.entityPerson`) and of its fill when accepted. */
export const borderColourId = (token: string) => `mizan.${token}`;
export const fillColourId = (token: string) => `mizan.${token}Background`;
export const CUE_COLOUR = 'mizan.claimCue';
export const SPEAKER_COLOUR = 'mizan.claimSpeaker';

// High-contrast themes get the plain colours and no fill: there, the border style tells the status.
const border = (id: string, description: string, c: { light: string; dark: string }): ColourContribution => ({
  id,
  description,
  defaults: { light: c.light, dark: c.dark, highContrast: c.dark, highContrastLight: c.light },
});
const fill = (id: string, description: string, c: { light: string; dark: string }): ColourContribution => ({
  id,
  description,
  defaults: { light: `${c.light}24`, dark: `${c.dark}2e`, highContrast: '#00000000', highContrastLight: '#00000000' },
});

/**
 * A claim's look by stance (favour, against, neutral, untagged, any other label): its tint (a theme
 * colour) and the colour of its gutter icon and ruler mark (an SVG and a fixed colour).
 */
export const CLAIM_LOOKS: Readonly<Record<string, { light: string; dark: string; hc: string; mark: string }>> = {
  favour: { light: '#2ea04321', dark: '#2ea04321', hc: '#2ea04333', mark: '#2ea043' },
  against: { light: '#da363321', dark: '#da363321', hc: '#da363333', mark: '#da3633' },
  neutral: { light: '#6e768129', dark: '#6e768129', hc: '#6e768140', mark: '#6e7681' },
  untagged: { light: '#d299221f', dark: '#d299221f', hc: '#d2992233', mark: '#d29922' },
  other: { light: '#8957e521', dark: '#8957e521', hc: '#8957e533', mark: '#8957e5' },
};
export const claimTintId = (look: string) => `mizan.claim${look[0].toUpperCase()}${look.slice(1)}Background`;

export function manifestColours(table: readonly EntityTypeInfo[] = ENTITY_TYPE_TABLE): ColourContribution[] {
  return [
    ...table.flatMap((t) => [
      border(borderColourId(t.token), `Mizan: the line under a mention of a ${t.name.toLowerCase()} (${t.id}); dashed while suggested, solid once accepted.`, t.colour),
      fill(fillColourId(t.token), `Mizan: the fill behind an accepted mention of a ${t.name.toLowerCase()} (${t.id}).`, t.colour),
    ]),
    border(CUE_COLOUR, 'Mizan: the box around the reporting word of a claim (قال، أكد).', CUE),
    border(SPEAKER_COLOUR, 'Mizan: the line over the speaker of a claim.', SPEAKER),
    ...Object.entries(CLAIM_LOOKS).map(([look, c]): ColourContribution => ({
      id: claimTintId(look),
      description:
        look === 'untagged' ? 'Mizan: the tint behind a claim without a stance.' : look === 'other' ? 'Mizan: the tint behind a claim with a stance label other than the three defaults.' : `Mizan: the tint behind a claim tagged ${look}.`,
      defaults: { light: c.light, dark: c.dark, highContrast: c.hc, highContrastLight: c.hc },
    })),
  ];
}
