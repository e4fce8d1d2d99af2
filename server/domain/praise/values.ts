// The values a praise is given for: a tenant's own list, or the default six. Default values are named by message
// keys (translatable); a tenant's own values carry the label its admin wrote.
import { en, type PraiseMessageKey, type PraiseMessages } from './catalogue-en';
import type { PraiseValue } from './types';

export type ValueDefinition = { id: string; messageKey: PraiseMessageKey | null; label: string | null };

export const DEFAULT_PRAISE_VALUES: readonly ValueDefinition[] = [
  { id: 'courage', messageKey: 'praise.value.courage', label: null },
  { id: 'curiosity', messageKey: 'praise.value.curiosity', label: null },
  { id: 'helping-hand', messageKey: 'praise.value.helpingHand', label: null },
  { id: 'ownership', messageKey: 'praise.value.ownership', label: null },
  { id: 'clarity', messageKey: 'praise.value.clarity', label: null },
  { id: 'teamwork', messageKey: 'praise.value.teamwork', label: null },
];

/** A tenant's own value as stored: an id and the label its admin gave it. */
export type TenantValue = { id: string; label: string };

/** The list in force for a tenant: its own when it has one, else the defaults. */
export const praiseValuesOf = (tenantValues: readonly TenantValue[]): ValueDefinition[] =>
  tenantValues.length > 0 ? tenantValues.map((v) => ({ id: v.id, messageKey: null, label: v.label })) : [...DEFAULT_PRAISE_VALUES];

export const labelOf = (value: ValueDefinition, messages: PraiseMessages = en): string =>
  value.messageKey ? messages[value.messageKey] : (value.label ?? value.id);

export const toPraiseValue = (value: ValueDefinition, messages: PraiseMessages = en): PraiseValue => ({ id: value.id, label: labelOf(value, messages) });

/** A value by id in a list; a praise keeps its value even if the tenant later drops it from the list. */
export const findValue = (values: readonly ValueDefinition[], id: string): ValueDefinition | null => values.find((v) => v.id === id) ?? null;

/** The value of a stored praise: as the list names it now, else the label it was given under (a value can be dropped). */
export const valueForStored = (values: readonly ValueDefinition[], id: string, storedLabel: string, messages: PraiseMessages = en): PraiseValue => {
  const found = findValue(values, id);
  return found ? toPraiseValue(found, messages) : { id, label: storedLabel };
};
