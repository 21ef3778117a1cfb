package dev.rebound.rejection;

/** The order of a rejection list; ties are broken by creation time and id so pages never overlap. */
public record RejectionSort(Field field, boolean ascending) {

    public static final RejectionSort DEFAULT = new RejectionSort(Field.REJECTED_ON, false);

    public enum Field {
        REJECTED_ON,
        CREATED_AT;

        /** The field's name in the API, as the sort parameter takes it. */
        public String apiName() {
            return switch (this) {
                case REJECTED_ON -> "rejectedOn";
                case CREATED_AT -> "createdAt";
            };
        }
    }
}
