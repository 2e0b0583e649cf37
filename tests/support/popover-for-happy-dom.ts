// happy-dom has no popover API (the browsers Legible supports all have it: Chrome 114, Firefox 125).
// Unit tests get its two calls, marking the element as the top layer would show it; the end-to-end
// tests run the real thing in both browsers.
export const POPOVER_OPEN_ATTRIBUTE = 'data-test-popover-open';

// Test files that run in Node, not happy-dom, have no elements at all.
const proto = (typeof HTMLElement === 'undefined' ? undefined : HTMLElement.prototype) as
  (HTMLElement & { showPopover?: () => void; hidePopover?: () => void }) | undefined;
if (proto && typeof proto.showPopover !== 'function') {
  proto.showPopover = function (this: HTMLElement) {
    this.setAttribute(POPOVER_OPEN_ATTRIBUTE, '');
  };
  proto.hidePopover = function (this: HTMLElement) {
    this.removeAttribute(POPOVER_OPEN_ATTRIBUTE);
  };
}
