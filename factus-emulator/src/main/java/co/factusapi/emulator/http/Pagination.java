package co.factusapi.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Laravel's LengthAwarePaginator as Factus v1 renders it (docs/factus-upstream.md §10). */
public final class Pagination {
    private static final int ON_EACH_SIDE = 3;

    private Pagination() {
    }

    public static <T> Map<String, Object> page(List<T> rows, int page, int perPage, String url,
            Function<T, Object> toJson) {
        int total = rows.size();
        int lastPage = Math.max(1, (total + perPage - 1) / perPage);
        int first = (page - 1) * perPage;
        List<Object> data = new ArrayList<>();
        for (int i = Math.max(first, 0); i < Math.min(first + perPage, total); i++) {
            data.add(toJson.apply(rows.get(i)));
        }
        // Laravel gives from/to null on an empty page (graded D in docs/factus-upstream.md §10).
        Integer from = data.isEmpty() ? null : first + 1;
        Integer to = data.isEmpty() ? null : first + data.size();
        Map<String, Object> pagination = Json.obj("total", total, "per_page", perPage, "current_page", page,
                "last_page", lastPage, "from", from, "to", to, "links", links(page, lastPage, url));
        return Json.obj("data", data, "pagination", pagination);
    }

    private static List<Object> links(int page, int lastPage, String url) {
        List<Object> links = new ArrayList<>();
        links.add(Json.obj("url", page > 1 ? pageUrl(url, page - 1) : null, "label", "&laquo; Anterior",
                "active", false));
        for (Object label : window(page, lastPage)) {
            if (label instanceof Integer number) {
                links.add(Json.obj("url", pageUrl(url, number), "label", number, "active", number == page,
                        "page", number));
            } else {
                links.add(Json.obj("url", null, "label", label, "active", false));
            }
        }
        links.add(Json.obj("url", page < lastPage ? pageUrl(url, page + 1) : null, "label", "Siguiente &raquo;",
                "active", false));
        return links;
    }

    /** Laravel's UrlWindow: every page when few, otherwise first two, a slider around the current page, last two. */
    private static List<Object> window(int page, int lastPage) {
        int window = ON_EACH_SIDE * 2;
        if (lastPage < window + 8) {
            return range(1, lastPage);
        }
        List<Object> labels = new ArrayList<>();
        if (page <= window) {
            labels.addAll(range(1, window + 2));
            labels.add("...");
            labels.addAll(range(lastPage - 1, lastPage));
        } else if (page > lastPage - window) {
            labels.addAll(range(1, 2));
            labels.add("...");
            labels.addAll(range(lastPage - (window + 1), lastPage));
        } else {
            labels.addAll(range(1, 2));
            labels.add("...");
            labels.addAll(range(page - ON_EACH_SIDE, page + ON_EACH_SIDE));
            labels.add("...");
            labels.addAll(range(lastPage - 1, lastPage));
        }
        return labels;
    }

    private static List<Object> range(int from, int to) {
        List<Object> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static String pageUrl(String url, int page) {
        return url + "?page=" + page;
    }
}
