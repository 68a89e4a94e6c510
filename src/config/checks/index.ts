/** Every configuration check, in the order their findings are printed. */
import type { Check, FileCheck } from "../findings";

export const CHECKS: Check[] = [];

export const FILE_CHECKS: FileCheck[] = [];
