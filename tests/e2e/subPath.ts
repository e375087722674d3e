/** Where the browser tests serve the built app under a sub-path, as a newsroom host might. */
export const SUB_PATH = '/newsroom/parley';
export const SUB_PATH_PORT = Number(process.env.PARLEY_E2E_PORT ?? 4173) + 1;
export const SUB_PATH_URL = `http://127.0.0.1:${SUB_PATH_PORT}${SUB_PATH}/`;
