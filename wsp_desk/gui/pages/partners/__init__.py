"""Partners, the directory page: the page's flow, with its edit, note and history dialogs beside it."""
