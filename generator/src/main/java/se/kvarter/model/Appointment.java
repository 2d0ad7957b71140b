package se.kvarter.model;

/** Whether a visitor needs to book a time before coming. */
public enum Appointment implements Coded {
    NO, RECOMMENDED, REQUIRED
}
