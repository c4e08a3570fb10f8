package org.newsroom.search.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Encodes the sort values of the last hit of a page as an opaque cursor, so the next page continues after it with
 * {@code searchAfter}. Ties are broken by article id, so a cursor stays valid and skips or repeats nothing while
 * articles are added.
 */
final class SearchCursor {

    private SearchCursor() {}

    static String encode(FieldDoc last) {
        List<String> parts = new ArrayList<>(last.fields.length);
        for (Object value : last.fields) {
            parts.add(switch (value) {
                case null -> "n";
                case Float f -> "f" + Float.floatToIntBits(f);
                case Long l -> "l" + l;
                case BytesRef b -> "b" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                        java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
                default -> throw new IllegalStateException("unexpected sort value " + value.getClass());
            });
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expectedFields the number of sort fields of the request's order, to reject a cursor of another order
     * @param maxDoc         the searched reader's {@code maxDoc}
     * @throws InvalidQueryException when the cursor was not made by this server for this order
     */
    static FieldDoc decode(String cursor, int expectedFields, int maxDoc) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != expectedFields) {
                throw new IllegalArgumentException("wrong number of values");
            }
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                String body = part.substring(1);
                values[i] = switch (part.charAt(0)) {
                    case 'n' -> null;
                    case 'f' -> Float.intBitsToFloat(Integer.parseInt(body));
                    case 'l' -> Long.parseLong(body);
                    case 'b' -> new BytesRef(Base64.getUrlDecoder().decode(body));
                    default -> throw new IllegalArgumentException("unknown value kind");
                };
            }
            // Only the article the cursor names can equal it on every sort value (the id is unique); Lucene skips
            // such a tie when its doc number is at most the cursor's, so the last doc number of the reader skips it.
            return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, values);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidQueryException("'cursor' is not valid for this search: use the nextCursor of the "
                    + "previous page with the same sort");
        }
    }
}
