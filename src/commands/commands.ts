// The ribbon button only shows the task pane (ShowTaskpane); this function file exists
// because the manifest's VersionOverrides require one.
/// <reference types="office-js" />
if (typeof Office !== "undefined") void Office.onReady();
