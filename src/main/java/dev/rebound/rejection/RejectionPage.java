package dev.rebound.rejection;

import java.util.List;

/** One page of an owner's rejections. */
public record RejectionPage(List<RejectionView> items, int page, int size, long totalItems, int totalPages) {

    public static RejectionPage of(List<RejectionView> items, PageRequest request, long totalItems) {
        return new RejectionPage(items, request.page(), request.size(), totalItems, request.pagesFor(totalItems));
    }
}
