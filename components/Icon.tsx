import type { IconNode } from 'lucide';

/**
 * One of Lucide's icons, drawn in the text's colour (so themes and forced colours reach it) and
 * hidden from screen readers: the button it sits in carries the name.
 */
export function Icon({ node }: { node: IconNode }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {node.map(([tag, attrs], index) => {
        const Tag = tag as 'path';
        return <Tag key={index} {...attrs} />;
      })}
    </svg>
  );
}
