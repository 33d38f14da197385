package io.mandi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;

/**
 * An upload of one small file at a time, handed to the page with the UI locked; the list is cleared
 * at once so the next file can be picked, and a refused file says why.
 */
public final class SingleFileUpload {

  private SingleFileUpload() {}

  /**
   * @param received the file's name and content, run with the page's UI locked
   * @param types the accepted endings, e.g. ".bpmn"
   */
  public static Upload of(
      String dropLabel, int maxBytes, BiConsumer<String, byte[]> received, String... types) {
    Upload upload = new Upload();
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, content) -> {
              UI ui = UI.getCurrent();
              if (ui != null) {
                ui.access(
                    () -> {
                      upload.clearFileList();
                      received.accept(metadata.fileName(), content);
                    });
              }
            }));
    upload.setAcceptedFileTypes(types);
    upload.setMaxFiles(1);
    upload.setMaxFileSize(maxBytes);
    upload.setDropLabel(new Span(dropLabel));
    upload.addFileRejectedListener(
        rejected ->
            Notification.show(
                    rejected.getFileName() + ": " + rejected.getErrorMessage(),
                    8000,
                    Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    return upload;
  }
}
