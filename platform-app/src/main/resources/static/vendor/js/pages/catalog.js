// The catalog page: to be built.
