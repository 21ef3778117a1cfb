package dev.rebound.rejection;

import dev.rebound.db.NativeValues;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Rejections, always looked up within one owner's records. */
@ApplicationScoped
public class RejectionRepository implements PanacheRepositoryBase<Rejection, UUID> {

    /** The owner's record with its plan, in one round trip: every read of a record shows the plan. */
    public Optional<Rejection> findOwned(String ownerId, UUID id) {
        return find("from Rejection r left join fetch r.plan where r.id = ?1 and r.ownerId = ?2", id, ownerId)
                .singleResultOptional();
    }

    /** The owner's record, locked until the transaction ends so that concurrent writes queue up. */
    public Optional<Rejection> findOwnedForUpdate(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean deleteOwned(String ownerId, UUID id) {
        return delete("id = ?1 and ownerId = ?2", id, ownerId) > 0;
    }

    /** The owner's rejections at a company, compared without regard to case. */
    public CompanyHistory history(String ownerId, String company) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                        "SELECT count(*), max(rejected_on) FROM rejection WHERE owner_id = :owner"
                                + " AND lower(company) = lower(:company)")
                .setParameter("owner", ownerId)
                .setParameter("company", company)
                .getSingleResult();
        return new CompanyHistory(NativeValues.count(row[0]), NativeValues.localDate(row[1]));
    }

    /**
     * Up to {@code limit} of the owner's records that come after {@code after} in newest-first order
     * (rejectedOn, createdAt, id, all descending); {@code after} null starts with the newest. Keyset
     * paging: each batch is one index range scan however deep into the records it is.
     */
    public List<Rejection> batchAfter(String ownerId, RejectionView after, int limit) {
        if (after == null) {
            return find("ownerId = ?1 ORDER BY rejectedOn DESC, createdAt DESC, id DESC", ownerId)
                    .page(0, limit).list();
        }
        return find("ownerId = ?1 AND (rejectedOn < ?2 OR (rejectedOn = ?2 AND (createdAt < ?3"
                        + " OR (createdAt = ?3 AND id < ?4)))) ORDER BY rejectedOn DESC, createdAt DESC, id DESC",
                ownerId, after.rejectedOn(), after.createdAt(), after.id())
                .page(0, limit).list();
    }

    /** Whether a reflection is saved for the record: part of its status. */
    public boolean hasReflection(UUID rejectionId) {
        return getEntityManager().createNativeQuery("SELECT EXISTS (SELECT 1 FROM reflection WHERE rejection_id = :id)")
                .setParameter("id", rejectionId)
                .getSingleResult() == Boolean.TRUE;
    }

    /** One page of an owner's rejections matching the filter, and how many match in all. */
    public Page search(String ownerId, RejectionFilter filter, PageRequest page, RejectionSort sort) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = whereClause(ownerId, filter, parameters);

        Query count = getEntityManager().createNativeQuery("SELECT count(*) FROM rejection WHERE " + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return new Page(List.of(), total);
        }

        Query select = getEntityManager().createNativeQuery(
                "SELECT * FROM rejection WHERE " + where + " ORDER BY " + orderBy(sort) + " LIMIT :limit OFFSET :offset",
                Rejection.class);
        parameters.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Rejection> items = select.getResultList();
        return new Page(items, total);
    }

    /** Only fixed SQL fragments are concatenated; every value is a bound parameter. */
    private static String whereClause(String ownerId, RejectionFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("owner_id = :owner");
        parameters.put("owner", ownerId);
        if (filter.stageReached() != null) {
            where.append(" AND stage_reached = :stage");
            parameters.put("stage", filter.stageReached().name());
        }
        if (filter.reason() != null) {
            where.append(" AND reason = :reason");
            parameters.put("reason", filter.reason().name());
        }
        if (filter.company() != null) {
            where.append(" AND lower(company) = lower(:company)");
            parameters.put("company", filter.company());
        }
        if (filter.rejectedFrom() != null) {
            where.append(" AND rejected_on >= :rejectedFrom");
            parameters.put("rejectedFrom", filter.rejectedFrom());
        }
        if (filter.rejectedTo() != null) {
            where.append(" AND rejected_on <= :rejectedTo");
            parameters.put("rejectedTo", filter.rejectedTo());
        }
        if (filter.tag() != null) {
            where.append(" AND tags @> ARRAY[CAST(:tag AS text)]");
            parameters.put("tag", filter.tag());
        }
        if (filter.text() != null) {
            where.append(" AND search_vector @@ websearch_to_tsquery('simple', :text)");
            parameters.put("text", filter.text());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            parameters.put("status", filter.status().name());
        }
        return where.toString();
    }

    private static String orderBy(RejectionSort sort) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        String first = sort.field() == RejectionSort.Field.REJECTED_ON ? "rejected_on" + direction + ", " : "";
        return first + "created_at" + direction + ", id" + direction;
    }

    public record Page(List<Rejection> items, long totalItems) {}
}
