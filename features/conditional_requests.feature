Feature: Conditional requests
  Every person carries a strong ETag; If-None-Match saves a download, If-Match prevents a lost update (RFC 9110 §13).

  Background:
    Given I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"
    And I am using version "v1"
    And a person "fred" with the email "a@b.c"

  Scenario: The same person has the same ETag in both versions
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I am using version "v2"
    And I send a GET request to "people/fred"
    Then the ETag should be the remembered one

  Scenario: Each format of a person is a representation of its own, with its own ETag
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an Accept header of "application/yaml"
    And I use an If-None-Match header of the remembered ETag
    And I send a GET request to "people/fred"
    Then the response status should be "200"
    And the ETag should not be the remembered one

  Scenario: A tag read in any format guards a write
    Given I use an Accept header of "application/yaml"
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an Accept header of "application/json"
    And I use an If-Match header of the remembered ETag
    And I send a PUT request to "people/fred" with the body:
      """
      {"email": "guarded@b.c"}
      """
    Then the response status should be "200"
    And the person "fred" should have the email "guarded@b.c"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "stale@b.c"}
      """
    Then the response status should be "412"
    And the person "fred" should have the email "guarded@b.c"

  Scenario Outline: Not modified
    Given I am using version "<version>"
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an If-None-Match header of the remembered ETag
    And I send a GET request to "people/fred"
    Then the response status should be "304"
    And the response body should be empty
    And the ETag should be the remembered one

    Examples:
      | version |
      | v1      |
      | v2      |

  Scenario Outline: A write with a stale ETag changes nothing
    Given I am using version "<version>"
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I send a PATCH request to "people/fred" with the body:
      """
      {"comment": "changed by someone else"}
      """
    Then the ETag should not be the remembered one
    Given I use an If-Match header of the remembered ETag
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "lost@b.c"}
      """
    Then the response status should be "412"
    And the person "fred" should have the email "a@b.c"
    And the person "fred" should have the comment "changed by someone else"

    Examples:
      | version |
      | v1      |
      | v2      |

  Scenario: A write with the current ETag goes through and gets a new one
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an If-Match header of the remembered ETag
    And I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "200"
    And the ETag should not be the remembered one

  Scenario: If-Match * requires the person to exist
    Given I use an "If-Match" header of "*"
    When I send a PUT request to "people/george" with the body:
      """
      {"email": "g@b.c"}
      """
    Then the response status should be "412"
    And the person "george" should not exist
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "200"

  Scenario: If-None-Match * creates only
    Given I use an "If-None-Match" header of "*"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "overwrite@b.c"}
      """
    Then the response status should be "412"
    And the person "fred" should have the email "a@b.c"
    When I send a PUT request to "people/george" with the body:
      """
      {"email": "g@b.c"}
      """
    Then the response status should be "201"

  Scenario: A weak ETag never satisfies If-Match
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an If-Match header of the remembered ETag, made weak
    And I send a DELETE request to "people/fred"
    Then the response status should be "412"

  Scenario: A delete with a stale ETag keeps the person
    Given I use an "If-Match" header of "\"not-the-current-version\""
    When I send a DELETE request to "people/fred"
    Then the response status should be "412"
    And the person "fred" should have the email "a@b.c"

  Scenario: Of 64 writers holding the same ETag, exactly one wins
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an If-Match header of the remembered ETag
    And 64 clients PUT different emails to "people/fred" at once, each with the remembered ETag
    Then exactly 1 of them should get "200" and the rest "412"

  @in-process
  Scenario: Where the API requires preconditions, a write that states none is refused, and changes nothing
    Given the API requires a precondition on every write
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "428"
    And the JSON at path "message" should be "Writes here need If-Match with the ETag of the person as you last read them, or If-None-Match: * to create one"
    And the person "fred" should have the email "a@b.c"
    When I send a DELETE request to "people/fred"
    Then the response status should be "428"
    When I am using version "v2"
    And I send a PATCH request to "people/fred" with the body:
      """
      {"comment": "hello"}
      """
    Then the response should be a problem of type "/docs#problem-precondition-required" with status 428
    And the person "fred" should have no comment

  @in-process
  Scenario: Where the API requires preconditions, a write that states one is judged by it
    Given the API requires a precondition on every write
    When I send a GET request to "people/fred"
    And I remember the ETag
    And I use an If-Match header of the remembered ETag
    And I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "200"
    When I use an "If-Match" header of "*"
    And I use an "If-None-Match" header of "*"
    And I send a PUT request to "people/wilma" with the body:
      """
      {"email": "w@b.c"}
      """
    Then the response status should be "412"
