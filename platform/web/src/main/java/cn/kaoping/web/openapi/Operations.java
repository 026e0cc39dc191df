package cn.kaoping.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/** Every operation of a document with its path and method, the unit each step of the filter works on. */
record Operations(String path, PathItem.HttpMethod method, Operation operation) {

    static List<Operations> of(OpenAPI document) {
        List<Operations> all = new ArrayList<>();
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return all;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            path.getValue().getOperations().forEach((method, operation) -> all.add(new Operations(path.getKey(), method, operation)));
        }
        return all;
    }

    boolean hasPathParameters() {
        return path.contains("{");
    }

    boolean takesInput() {
        return hasPathParameters() || operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }
}
