/**
 * The `site` tests' `test` (fixtures.ts) with one fixture more: `url`, the address the main test
 * site is served at, for the files whose tests all visit that one site.
 */
import { test as base } from './fixtures.ts';

export const test = base.extend('url', async ({ site }) => (await site()).url);
