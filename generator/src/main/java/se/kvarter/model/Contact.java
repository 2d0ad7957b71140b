package se.kvarter.model;

/** How to reach a place; every part may be null. {@code form} is a survey or contact form URL. */
public record Contact(String email, String phone, String website, String form) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public boolean isEmpty() {
        return email == null && phone == null && website == null && form == null;
    }
}
