Feature: Manage keys
  An administrator creates keys for clients, lists them, and revokes them.
  A key may be made to expire: a contractor's, or one for a CI run, stops
  working at its time without anyone having to remember to revoke it.

  Background:
    Given I have an empty database
    And I use an Accept header of "application/json"

  Scenario: Create a key and use it
    Given I am an administrator
    When I send a POST request to "/admin/keys" with the body:
      """
      {"name": "ci", "capabilities": ["people:read"]}
      """
    Then the response status should be "201"
    And the JSON at path "status" should be "ok"
    And the JSON at path "result.name" should be "ci"
    And the JSON at path "result.capabilities.0" should be "people:read"
    And the JSON at path "result.revokedAt" should be null
    And the JSON at path "result.key" should start with "rab_"
    And the response header "Location" should name my key
    When I use the key I was given
    And I send a GET request to "/v1/people"
    Then the response status should be "200"

  Scenario: The list shows keys without their secrets
    Given I am an API user with the capabilities "people:read"
    And I am an administrator
    When I send a GET request to "/admin/keys"
    Then the response status should be "200"
    And my key should be listed as not revoked
    And no listed key should show a "key" or a "hash"

  Scenario: Keys come a page at a time, oldest first
    Given I am an API user with the capabilities "people:read"
    And keys named "ci, deploy, backup" were made one after another
    And I am an administrator
    When I list the keys made after mine, 2 to a page
    Then the response status should be "200"
    And the key names on the page should be "ci, deploy"
    And the response header "Link" should contain "rel=\"next\""
    When I follow the next link
    Then the key names on the page should be "backup"
    And the JSON at path "next" should be null

  Scenario: A page cannot start after a key that does not exist
    Given I am an administrator
    When I send a GET request to "/admin/keys?after=key_nope"
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/after"
    And the JSON at path "errors.0.message" should be "must be the id of a key; copy it from the next link"

  Scenario: The list shows when a key was last used
    Given I am an API user with the capabilities "people:read"
    When I send a GET request to "/v1/people"
    And I am an administrator
    And I send a GET request to "/admin/keys"
    Then my key should be listed as used since it was made

  Scenario: The list shows a key nobody has used as never used
    Given I am an API user with the capabilities "people:read"
    And I am an administrator
    When I send a GET request to "/admin/keys"
    Then my key should be listed as never used

  Scenario: Read one key, without its secret
    Given I am an API user with the capabilities "people:read"
    And I am an administrator
    When I send a GET request for my key
    Then the response status should be "200"
    And the JSON at path "result.name" should be "scenario"
    And the JSON at path "result.capabilities.0" should be "people:read"
    And the JSON at path "result.key" should not exist
    And the JSON at path "result.hash" should not exist
    When I send a GET request to "/admin/keys/key_nope"
    Then the response status should be "404"
    And the JSON at path "message" should be "Key does not exist"

  Scenario: Revoke a key
    Given I am an API user with the capabilities "people:read"
    And I am an administrator
    When an administrator revokes my key
    And I send a GET request to "/admin/keys"
    Then my key should be listed as revoked

  Scenario: A key may be made to expire, and the key and its holder can tell when
    Given I am an administrator
    When I send a POST request to "/admin/keys" with the body:
      """
      {"name": "contractor", "capabilities": ["people:read"], "expiresAt": "2099-01-01T00:30:00+01:00"}
      """
    Then the response status should be "201"
    And the JSON at path "result.expiresAt" should be "2098-12-31T23:30:00.000Z"
    When I use the key I was given
    And I send a GET request to "/v1/capabilities"
    Then the JSON at path "result.keyExpiresAt" should be "2098-12-31T23:30:00.000Z"
    When I send a GET request to "/v2/capabilities"
    Then the JSON at path "keyExpiresAt" should be "2098-12-31T23:30:00.000Z"

  Scenario: A key made without an expiry works until it is revoked
    Given I am a valid API user
    When I send a GET request to "/v1/capabilities"
    Then the JSON at path "result.keyExpiresAt" should be null

  Scenario: A key stops working at its time, on a connection that used it before too
    Given I am a valid API user whose key expires in 1 second
    When I send a GET request to "/v1/people"
    Then the response status should be "200"
    When my key has expired
    And I send a GET request to "/v1/people"
    Then the response status should be "401"
    And the JSON at path "message" should start with "The key expired at "
    When I send a GET request to "/v2/people"
    Then the response status should be "401"
    And the JSON at path "detail" should start with "The key expired at "

  Scenario: A key cannot be made already expired
    Given I am an administrator
    When I send a POST request to "/admin/keys" with the body:
      """
      {"name": "late", "capabilities": ["people:read"], "expiresAt": "2020-01-01T00:00:00Z"}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/expiresAt"
    And the JSON at path "errors.0.message" should start with "must be in the future; it is "

  Scenario: Revoking a key that does not exist
    Given I am an administrator
    When I send a DELETE request to "/admin/keys/key_nope"
    Then the response status should be "404"
    And the JSON at path "message" should be "Key does not exist"

  Scenario Outline: A new key must say what it is for and what it may do
    Given I am an administrator
    When I send a POST request to "/admin/keys" with the body:
      """
      <body>
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "<path>"
    And the JSON at path "errors.0.message" should be "<message>"

    Examples:
      | body                                                                           | path            | message                                                                                                     |
      | {"capabilities": ["people:read"]}                                              | /name           | is required                                                                                                 |
      | {"name": "ci"}                                                                 | /capabilities   | is required                                                                                                 |
      | {"name": "ci", "capabilities": []}                                             | /capabilities   | must list at least 1 item                                                                                   |
      | {"name": "ci", "capabilities": ["people:fly"]}                                 | /capabilities/0 | must be one of: people:read, people:write, people:delete, metrics, admin                                    |
      | {"name": "ci", "capabilities": ["admin", "admin"]}                             | /capabilities   | must not list the same value twice (items 0 and 1 are the same)                                             |
      | {"name": "ci", "capabilities": "admin"}                                        | /capabilities   | must be a list                                                                                              |
      | {"name": "ci", "capabilities": ["admin"], "x": 1}                              | /x              | is not allowed                                                                                              |
      | {"name": "ci", "capabilities": ["admin"], "expiresAt": "2099-01-31"}           | /expiresAt      | must be a date and time with its offset, such as 2027-01-31T12:00:00Z, or null for a key that never expires |
      | {"name": "ci", "capabilities": ["admin"], "expiresAt": "2099-02-30T12:00:00Z"} | /expiresAt      | must be a date and time with its offset, such as 2027-01-31T12:00:00Z, or null for a key that never expires |
      | {"name": "ci", "capabilities": ["admin"], "expiresAt": "2099-01-31T12:00:00"}  | /expiresAt      | must be a date and time with its offset, such as 2027-01-31T12:00:00Z, or null for a key that never expires |
      | {"name": "ci", "capabilities": ["admin"], "expiresAt": 4070908800}             | /expiresAt      | must be a date and time with its offset, such as 2027-01-31T12:00:00Z, or null for a key that never expires |

  Scenario: An empty name is one error, said once
    Given I am an administrator
    When I send a POST request to "/admin/keys" with the body:
      """
      {"name": "", "capabilities": ["people:read"]}
      """
    Then the response status should be "400"
    And the JSON at path "errors" should have 1 entries
    And the JSON at path "errors.0.path" should be "/name"

  Scenario: Only an administrator manages keys
    Given I am a valid API user
    When I send a GET request to "/admin/keys"
    Then the response status should be "403"
    And the JSON at path "message" should be "This key lacks the capability admin"
    When I send a POST request to "/admin/keys" with the body:
      """
      {"name": "escalate", "capabilities": ["admin"]}
      """
    Then the response status should be "403"

  Scenario: Managing keys needs a key
    Given I send no credentials
    When I send a GET request to "/admin/keys"
    Then the response status should be "401"

  Scenario: A key's name may not hold a bidi override
    Given I am an administrator
    When I send a POST request to "/admin/keys" with the body:
      """
      {"name": "ci\u202Eevil", "capabilities": ["people:read"]}
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/name"
