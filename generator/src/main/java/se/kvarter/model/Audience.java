package se.kvarter.model;

/** Who an activity or opening is for. */
public enum Audience implements Coded {
    EVERYONE, ADULTS, YOUTH, CHILDREN, FAMILIES, SENIORS, WOMEN, NEWCOMERS, STAFF
}
