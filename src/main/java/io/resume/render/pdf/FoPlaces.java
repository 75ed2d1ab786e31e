package io.resume.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.fo.FONode;
import org.apache.fop.fo.FObj;
import org.apache.fop.layoutmgr.LayoutManager;

/**
 * Which part of the résumé a FOP event is about. FOP tells where in the XSL-FO a problem is (a
 * line and column of the stylesheet that wrote it, meaningless to the user); the FO stylesheet
 * gives the block of each part the part's key as id ({@link ResumeParts}), and the formatting
 * object or layout manager that raised the event leads up to the blocks around it.
 */
final class FoPlaces {
  private FoPlaces() {}

  /** The ids of the formatting objects around the event's source, nearest first; none when it has no place. */
  static List<String> idsAround(Object source) {
    FONode node = source instanceof LayoutManager manager ? manager.getFObj()
        : source instanceof FONode fo ? fo : null;
    List<String> ids = new ArrayList<>();
    for (; node != null; node = node.getParent()) {
      if (node instanceof FObj fobj && fobj.getId() != null && !fobj.getId().isEmpty()) {
        ids.add(fobj.getId());
      }
    }
    return ids;
  }
}
