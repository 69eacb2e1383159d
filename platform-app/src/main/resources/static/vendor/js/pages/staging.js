// The staging page: to be built.
