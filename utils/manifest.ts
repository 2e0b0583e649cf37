/** Names the manifest (wxt.config.ts) declares, shared by the background and the options page. */
export const TOGGLE_COMMAND = 'toggle-reader';

/** The host access Legible declares; Firefox lets users withhold it from MV3 add-ons. */
export const HOST_ACCESS = { origins: ['http://*/*', 'https://*/*'] };
