/** The account list's geometry (px), shared by the list, the first paint and popup.css's row styles. */
export const ROW_HEIGHT = 68;
export const LIST_MAX_HEIGHT = 440;
