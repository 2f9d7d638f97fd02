package io.marsad.support.rest;

import java.util.List;

/** One page of a listing, as every service's list endpoints answer it: {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
