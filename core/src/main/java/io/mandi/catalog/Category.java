package io.mandi.catalog;

public record Category(String id, String name) {}
