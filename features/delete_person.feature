Feature: Delete a person

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: Delete a person
    Given a person "fred" with the email "a@b.c"
    When I send a DELETE request to "people/fred"
    Then the response status should be "200"
    And the JSON should be:
      """
      {"status": "ok"}
      """
    And the person "fred" should not exist

  Scenario: Cannot delete a person before they exist
    When I send a DELETE request to "people/fred"
    Then the response status should be "404"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "Person does not exist"

  Scenario: Deleting twice
    Given a person "fred" with the email "a@b.c"
    When I send a DELETE request to "people/fred"
    And I send a DELETE request to "people/fred"
    Then the response status should be "404"
