// Fixes that delete a member: a body on GET/DELETE, an unused attachment, an overridden duplicate key.
import type { BatchDocument } from '../../document/model';
import type { CodeAction, Diagnostic } from '../types';
import { quickFix, type QuickFixProvider } from './actions';
import { propertyAtKey } from './locate';
import { removeProperty } from './property-edits';

function removeMember(title: string): QuickFixProvider {
  return (doc: BatchDocument, diagnostic: Diagnostic): CodeAction[] => {
    const property = propertyAtKey(doc, diagnostic.range);
    if (property === undefined) return [];
    return [quickFix(title, diagnostic, [removeProperty(doc.text, property)], true)];
  };
}

export const removeBody = removeMember('Remove the body');
export const removeUnusedAttachment = removeMember('Remove the unused attachment');
export const removeDuplicateKey = removeMember('Remove this duplicate key');
