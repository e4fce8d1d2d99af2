import { praiseValuesOf, toPraiseValue, type PraiseValue, type ValueDefinition } from '../../domain/praise';
import type { Store } from '../ports';

/** The tenant's praise values: its own list, else the default six. */
export const loadPraiseValues = async (store: Store, tenantId: string): Promise<ValueDefinition[]> => praiseValuesOf(await store.praise.values.list(tenantId));

export const listPraiseValues = async (store: Store, tenantId: string): Promise<PraiseValue[]> => (await loadPraiseValues(store, tenantId)).map((v) => toPraiseValue(v));
