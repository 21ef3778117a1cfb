package dev.rebound.rejection;

/** The order of a rejection list; ties are broken by creation time and id so pages never overlap. */
public record RejectionSort(Field field, boolean ascending) {

    public static final RejectionSort DEFAULT = new RejectionSort(Field.REJECTED_ON, false);

    public enum Field {
        REJECTED_ON("rejectedOn"),
        CREATED_AT("createdAt");

        private final String apiName;

        Field(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }
}
