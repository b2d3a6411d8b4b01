package id.penghubung.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attachment types the contract accepts, one table for the server (which sniffs and names stored
 * files by extension) and the client (which checks a file by its name when it is attached).
 */
public final class AttachmentTypes {
    /** Media type to the extension a stored file gets, in the contract's order. */
    public static final Map<String, String> EXTENSION_BY_TYPE;
    /** File extension (lower case) to media type; "jpeg" too. */
    public static final Map<String, String> TYPE_BY_EXTENSION;

    static {
        Map<String, String> byType = new LinkedHashMap<>();
        byType.put("image/png", "png");
        byType.put("image/jpeg", "jpg");
        byType.put("image/gif", "gif");
        byType.put("image/webp", "webp");
        byType.put("application/pdf", "pdf");
        byType.put("application/msword", "doc");
        byType.put("application/vnd.ms-excel", "xls");
        byType.put("application/vnd.ms-powerpoint", "ppt");
        byType.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
        byType.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        byType.put("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
        byType.put("application/vnd.oasis.opendocument.text", "odt");
        byType.put("application/vnd.oasis.opendocument.spreadsheet", "ods");
        EXTENSION_BY_TYPE = Collections.unmodifiableMap(byType);
        Map<String, String> byExtension = new LinkedHashMap<>();
        byType.forEach((type, extension) -> byExtension.put(extension, type));
        byExtension.put("jpeg", "image/jpeg");
        TYPE_BY_EXTENSION = Collections.unmodifiableMap(byExtension);
    }

    private AttachmentTypes() {
    }

    /** The accepted media types, in the contract's order. */
    public static List<String> mediaTypes() {
        return List.copyOf(EXTENSION_BY_TYPE.keySet());
    }
}
