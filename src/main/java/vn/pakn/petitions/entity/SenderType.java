package vn.pakn.petitions.entity;

public enum SenderType {
  PERSON,
  ORGANISATION
}
