/**
 * The classes of a milestone's list item that choose its marker on the vertical line
 * (global.css): the block's own, then `--future` while still to come, `--unverified` for an
 * unconfirmed report, `--deadline` for a deadline. An instrument's milestones (`milestone`) and
 * the timeline (`tl-item`) share them.
 */
export function markerClasses(
  block: string,
  milestone: { readonly confidence: string; readonly deadline?: object | undefined },
  future: boolean,
): [string, Record<string, boolean>] {
  return [
    block,
    {
      [`${block}--future`]: future,
      [`${block}--unverified`]: milestone.confidence === 'unverified',
      [`${block}--deadline`]: milestone.deadline !== undefined,
    },
  ];
}
