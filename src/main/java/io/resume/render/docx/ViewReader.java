package io.resume.render.docx;

import io.resume.model.Warnings;
import io.resume.model.view.Document;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.dom.NodeOverNodeInfo;
import net.sf.saxon.s9api.XdmNode;

/**
 * Turns the prepared résumé (a Saxon tree) into the JAXB view model. JAXB walks the Saxon tree
 * through Saxon's read-only DOM view: no copy, no serialising; of the three ways tried (replaying
 * SAX events, serialising and parsing), which all gave the same model, it was the quickest
 * (docs/performance.md, "Figures behind the code").
 *
 * <p>The context is built once and shared; an unmarshaller is made per read, as JAXB unmarshallers
 * are not thread-safe.
 */
final class ViewReader {
  private final JAXBContext context;

  ViewReader() {
    try {
      this.context = JAXBContext.newInstance(Document.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot build the JAXB context of the view model", e);
    }
  }

  Document read(XdmNode view, Warnings warnings) {
    try {
      Unmarshaller unmarshaller = context.createUnmarshaller();
      // JAXB skips what it does not know (an element a newer prepare step adds): say so.
      unmarshaller.setEventHandler(
          event -> {
            warnings.warn("DOCX: prepared résumé: " + event.getMessage());
            return event.getSeverity() == ValidationEvent.WARNING;
          });
      Object result =
          unmarshaller.unmarshal(new DOMSource(NodeOverNodeInfo.wrap(view.getUnderlyingNode())));
      if (result instanceof Document document) {
        return document;
      }
      throw new IllegalStateException("the prepared résumé is not a urn:resume:view:1 document");
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot read the prepared résumé: " + e.getMessage(), e);
    }
  }
}
