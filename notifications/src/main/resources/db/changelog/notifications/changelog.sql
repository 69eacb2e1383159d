--liquibase formatted sql

