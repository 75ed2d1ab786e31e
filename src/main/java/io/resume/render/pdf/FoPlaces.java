package io.resume.render.pdf;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.fop.fo.FONode;
import org.apache.fop.fo.FObj;
import org.apache.fop.layoutmgr.LayoutManager;

/**
 * Which part of the résumé a FOP event is about. FOP tells where in the XSL-FO a problem is (a line
 * and column of the stylesheet that wrote it, meaningless to the user); the FO stylesheet gives the
 * block of each part the part's key as id ({@link ResumeParts}), and the formatting object or
 * layout manager that raised the event leads up to the blocks around it.
 */
final class FoPlaces {
  private FoPlaces() {}

  /**
   * The ids of the formatting objects around the event's source, nearest first; none when it has no
   * place.
   */
  static List<String> idsAround(Object source) {
    List<String> ids = new ArrayList<>();
    for (FONode node = node(source); node != null; node = node.getParent()) {
      if (node instanceof FObj fobj && fobj.getId() != null && !fobj.getId().isEmpty()) {
        ids.add(fobj.getId());
      }
    }
    return ids;
  }

  /**
   * The formatting object of an event's source. A line too wide is reported by the line manager's
   * breaking algorithm, an inner object of FOP's that holds its manager in a field: that field is
   * read (FoPlacesTest holds it to FOP's version).
   */
  private static FONode node(Object source) {
    if (source instanceof LayoutManager manager) {
      return manager.getFObj();
    }
    if (source instanceof FONode fo) {
      return fo;
    }
    for (Class<?> type = source == null ? null : source.getClass();
        type != null;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (LayoutManager.class.isAssignableFrom(field.getType())) {
          try {
            field.setAccessible(true);
            if (field.get(source) instanceof LayoutManager manager) {
              return manager.getFObj();
            }
          } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // no place then: the message still says what is wrong
          }
        }
      }
    }
    return null;
  }
}
