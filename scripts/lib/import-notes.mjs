export function importNotes() { return '# Import notes\n'; }
